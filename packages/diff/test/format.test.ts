// The three renderings of a diff: text for terminals and CI logs, JSON for scripts, Markdown
// for a pull-request comment.

import { describe, expect, it } from 'vitest';
import { type Change, displayPath, formatJson, formatMarkdown, formatText } from '../src/index.js';
import { diffOne } from './support/documents.js';

const changes: Change[] = [
  ...diffOne(
    { properties: { name: { type: 'string', maxLength: 255, description: 'Name.' } } },
    { properties: { name: { type: 'string', maxLength: 50, description: 'Name | title.' } } },
  ),
  ...diffOne(
    { properties: { status: { enum: ['Open'] } } },
    { properties: { status: { enum: ['Open', 'Closed'] } }, required: ['status'] },
    'response',
  ),
];

describe('formatText', () => {
  it('lists breaking changes first, one line each, then the counts and the bump', () => {
    expect(formatText(changes)).toBe(
      [
        'thing.request.json /properties/name/maxLength [max-length-decreased] breaks senders: `name`: max length 255 → 50; longer strings are now rejected',
        'thing.response.json /properties/status/enum/1 [enum-value-added] breaks readers: `status` now also accepts "Closed"',
        'thing.request.json /properties/name/description [description-changed] `name`: the description changed',
        'thing.response.json /required/0 [required-added] `status` is now required',
        '4 changes: 2 breaking, 2 non-breaking; needs a major version',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing changed', () => {
    expect(formatText([])).toBe('no changes\n');
  });
});

describe('formatJson', () => {
  it('prints the changes with totals and the bump', () => {
    const report = JSON.parse(formatJson(changes));

    expect(report.ok).toBe(false);
    expect(report.bump).toBe('major');
    expect(report.totals).toEqual({ changes: 4, breaking: 2, nonBreaking: 2 });
    expect(report.changes).toEqual(changes);
  });

  it('is ok with no breaking change', () => {
    expect(JSON.parse(formatJson(changes.filter((change) => change.severity !== 'breaking')))).toMatchObject({
      ok: true,
      bump: 'minor',
    });
  });
});

describe('formatMarkdown', () => {
  it('puts breaking changes in a table and folds the others', () => {
    const markdown = formatMarkdown(changes);

    expect(markdown).toMatch(/^### Schema changes: 2 breaking, 2 non-breaking\n\n\*\*Breaking:\*\*/);
    expect(markdown).toContain(
      '| `thing.request.json` | `/properties/name/maxLength` | `max-length-decreased` | senders | `name`: max length 255 → 50; longer strings are now rejected |',
    );
    expect(markdown).toContain('<details>\n<summary>2 non-breaking changes</summary>');
    expect(markdown.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('escapes what would break the table or read as markup', () => {
    const [change] = changes;
    const tricky = { ...(change as Change), message: 'a | b *c* <d> `e|f`' };

    expect(formatMarkdown([tricky])).toContain('| a \\| b \\*c\\* \\<d\\> `e\\|f` |');
  });

  it('says when nothing changed', () => {
    expect(formatMarkdown([])).toBe('### Schema changes\n\nThe schema documents did not change.\n');
  });
});

describe('displayPath', () => {
  it.each([
    ['/a', '/a', '/a'],
    ['/properties', '/properties/x', '/properties/x'],
    ['/required/2', '/required', '/required/2'],
    ['', '/required/0', '/required/0'],
    ['/allOf/1/x', '/allOf/2/x', '/allOf/1/x → /allOf/2/x'],
    [null, '', ''],
  ])('shows %j and %j as %j', (oldPath, newPath, shown) => {
    expect(displayPath({ oldPath, newPath })).toBe(shown);
  });
});
