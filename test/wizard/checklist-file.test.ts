import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checklistIntoJson, checklistIntoYaml } from '../../src/wizard/checklist-file.js';

const ORDER = ['1.0-1', '2.0-1', '2.0-2', '3.7-2', '9.0-1'];
const HEAD = '# Avtalen\nschemaVersion: "2.0"\nparties:\n  officeName: NAV Bodø # kontoret\n';

describe('answers into YAML text', () => {
  it('a file without answers gets a checklist part at the end, with a comment saying where it comes from', () => {
    const out = checklistIntoYaml(HEAD, { '2.0-1': { status: 'ja' } }, ORDER);
    expect(out).toBe(`${HEAD}\n# Svarene på veilederens «Til vurdering»-spørsmål (npx partnerskap checklist <denne filen>).\nchecklist:\n  "2.0-1":\n    status: ja\n`);
  });

  it('an empty flow map becomes a block; plain keys stay plain; new answers go in the guide’s order', () => {
    expect(checklistIntoYaml(`${HEAD}checklist: {}\n`, { '1.0-1': { status: 'nei', comment: 'Se sak 25/1.' } }, ORDER)).toBe(`${HEAD}checklist:\n  "1.0-1":\n    status: nei\n    comment: Se sak 25/1.\n`);
    const plain = `${HEAD}checklist:\n  1.0-1:\n    status: ja\n  9.0-1:\n    status: ja\n`;
    expect(checklistIntoYaml(plain, { '2.0-2': { status: 'ja' } }, ORDER)).toBe(`${HEAD}checklist:\n  1.0-1:\n    status: ja\n  2.0-2:\n    status: ja\n  9.0-1:\n    status: ja\n`);
  });

  it('an answer written as a flow map stays one; a comment on a value is kept; a removed answer goes, with nothing else touched', () => {
    const text = `${HEAD}checklist:\n  "1.0-1": { status: ja } # avklart\n  "3.7-2":\n    status: nei # følges opp\n    comment: Gammel\n`;
    expect(checklistIntoYaml(text, { '1.0-1': { status: 'ja', comment: 'Ingen delegering.' } }, ORDER)).toBe(
      `${HEAD}checklist:\n  "1.0-1": { status: ja, comment: Ingen delegering. } # avklart\n  "3.7-2":\n    status: nei # følges opp\n    comment: Gammel\n`,
    );
    expect(checklistIntoYaml(text, { '3.7-2': { status: 'nei', comment: 'Ny' } }, ORDER)).toBe(text.replace('Gammel', 'Ny'));
    expect(checklistIntoYaml(text, { '1.0-1': undefined }, ORDER)).toBe(`${HEAD}checklist:\n  "3.7-2":\n    status: nei # følges opp\n    comment: Gammel\n`);
  });

  it('a comment YAML would misread is quoted; Windows line ends stay', () => {
    const comment = '# Ikke: «ja», men - delvis @ 50 %: "sak" 2';
    const out = checklistIntoYaml(HEAD.replace(/\n/g, '\r\n'), { '2.0-1': { status: 'delvis', comment, answeredAt: '2026-02-03' } }, ORDER);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect((parse(out) as { checklist: unknown }).checklist).toEqual({ '2.0-1': { status: 'delvis', comment, answeredAt: '2026-02-03' } });
    expect(out).toContain('answeredAt: "2026-02-03"');
  });

  it('text that is no longer a YAML agreement is refused, not overwritten', () => {
    expect(() => checklistIntoYaml('parties: [\n', { '1.0-1': { status: 'ja' } }, ORDER)).toThrow();
  });
});

describe('answers into JSON text', () => {
  it('rewritten in the file’s own indentation, answers in the guide’s order', () => {
    const text = JSON.stringify({ schemaVersion: '2.0', checklist: { '9.0-1': { status: 'ja' } } }, null, '\t') + '\n';
    expect(checklistIntoJson(text, { '1.0-1': { status: 'ja' } }, ORDER)).toBe(JSON.stringify({ schemaVersion: '2.0', checklist: { '1.0-1': { status: 'ja' }, '9.0-1': { status: 'ja' } } }, null, '\t') + '\n');
  });
});
