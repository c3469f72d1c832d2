import { describe, expect, test } from 'vitest';
import { documentTabTitle, shortTitle } from '../../src/lib/tab-title.ts';

describe('documentTabTitle', () => {
  test('puts the 文号 first, then the title without issuer and 关于', () => {
    expect(
      documentTabTitle({
        title: '重庆市沙坪坝区人民政府关于印发《2025年全区安全生产、防灾减灾救灾和消防工作要点》的通知',
        wenhao: '沙府发〔2025〕8号',
      }),
    ).toBe('沙府发〔2025〕8号　印发《2025年全区安全生产、防灾减灾救灾和消防工作要点》的通知');
  });

  test('joint issuers and offices are the issuer too', () => {
    expect(shortTitle('重庆市规划和自然资源局 重庆市农业农村委员会关于进一步规范设施农业用地管理的通知')).toBe(
      '进一步规范设施农业用地管理的通知',
    );
    expect(shortTitle('重庆市沙坪坝区人民政府办公室关于调整区森林防灭火指挥部成员的通知')).toBe(
      '调整区森林防灭火指挥部成员的通知',
    );
  });

  test('a title that does not begin with an issuer and 关于 is kept whole; no 文号, no prefix', () => {
    expect(documentTabTitle({ title: '沙坪坝区2020年政府工作报告', wenhao: null })).toBe('沙坪坝区2020年政府工作报告');
    expect(shortTitle('关于《某某》的说明')).toBe('关于《某某》的说明');
  });
});
