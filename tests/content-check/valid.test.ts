import { describe, expect, test } from 'vitest';
import { checkContent, formatMessage } from '../../src/content-check/index.ts';
import { validFiles, writeProject } from './fixture.ts';

describe('a consistent content folder', () => {
  test('passes with no errors and no warnings', () => {
    const result = checkContent('content', writeProject(validFiles()));
    expect([...result.errors, ...result.warnings].map(formatMessage)).toEqual([]);
  });

  test('counts the entries of each collection', () => {
    const result = checkContent('content', writeProject(validFiles()));
    expect(result.counts).toEqual({
      gazettes: { entries: 1, withErrors: 0 },
      reports: { entries: 1, withErrors: 0 },
      notices: { entries: 3, withErrors: 0 },
      glossary: { entries: 2, withErrors: 0 },
      indicators: { entries: 2, withErrors: 0 },
      tasks: { entries: 0, withErrors: 0 },
      editions: { entries: 0, withErrors: 0 },
    });
  });
});
