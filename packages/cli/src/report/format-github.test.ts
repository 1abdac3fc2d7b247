import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from './format-github.js';
import { toLintResults } from './results.js';

describe('GitHub workflow command escaping', () => {
  it('escapes %, CR and LF in messages', () => {
    expect(escapeData('100% done\r\nnext line')).toBe('100%25 done%0D%0Anext line');
  });

  it('also escapes : and , in properties', () => {
    expect(escapeProperty('app/a,b:c%/page.tsx')).toBe('app/a%2Cb%3Ac%25/page.tsx');
  });
});

describe('formatGithub', () => {
  it('writes one ::error or ::warning per message, positions only when known', () => {
    const results = toLintResults('/repo/web', [
      { file: 'app/[id]/page.tsx', ruleId: '@approute/no-redirect-in-try', severity: 'error', message: 'redirect() throws:\nmove it out', line: 3, column: 5 },
      { file: 'app/[id]', ruleId: 'TG002', severity: 'warning', message: 'Sibling [id], [slug]' },
    ]);
    expect(formatGithub(results, '/repo')).toBe(
      '::warning file=web/app/[id],title=TG002::Sibling [id], [slug]\n' +
        '::error file=web/app/[id]/page.tsx,line=3,col=5,title=@approute/no-redirect-in-try::redirect() throws:%0Amove it out\n',
    );
  });
});
