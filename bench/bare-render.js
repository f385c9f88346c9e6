// Baseline: a bare script that loads docxtemplater and renders the agreement template once with a
// ready-made view (no parsing, validation or derivation), as a whole process.
import { readFileSync, writeFileSync } from 'node:fs';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';

const [template, viewFile, out] = process.argv.slice(2);
const doc = new Docxtemplater(new PizZip(readFileSync(template)), { paragraphLoop: true, linebreaks: true });
doc.render(JSON.parse(readFileSync(viewFile, 'utf8')));
writeFileSync(out, doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
