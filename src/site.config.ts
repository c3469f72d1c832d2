/** Site-wide constants: name, public URL, publisher. */
export const SITE_URL = 'https://www.cqspb.gov.cn';
export const SITE_NAME = '沙坪坝区人民政府信息公开';
export const SITE_PUBLISHER = '重庆市沙坪坝区人民政府办公室';
export const DISCLAIMER = '本网站文本仅供参考，以正式印发文件为准';

/**
 * Content folder, relative to the project root. Overridable so that tests and the
 * benchmark can build the same site from another folder (SPB_CONTENT_DIR=/tmp/x).
 */
export const CONTENT_DIR = process.env.SPB_CONTENT_DIR ?? 'content';
