import { describe, expect, it } from 'vitest';
import type { TSESLint } from '@typescript-eslint/utils';
import { mentionsAny } from './mentions.js';

const contextOf = (text: string) => ({ sourceCode: { text } }) as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

describe('mentionsAny', () => {
  it('finds any of the words as a case-sensitive substring of the file text', () => {
    expect(mentionsAny(contextOf('export async function generateStaticParams() {}'), ['generateStaticParams'])).toBe(true);
    expect(mentionsAny(contextOf('const { searchParams } = props;'), ['arams', 'generateMetadata'])).toBe(true);
    expect(mentionsAny(contextOf('export default function Page() {}'), ['arams', 'generateMetadata'])).toBe(false);
    expect(mentionsAny(contextOf('const themecolor = 1;'), ['themeColor'])).toBe(false);
    expect(mentionsAny(contextOf('anything'), [])).toBe(false);
  });
});
