// Peer comparison for DOCX (issue 6): docxtemplater filling an equivalent one-page letter
// template, against kit's DOCX writer on the example letter. Both in process, after warm-up.
import { performance } from 'node:perf_hooks';
import Docxtemplater from 'docxtemplater';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import PizZip from 'pizzip';

const N = 200;
const ms = (value) => `${value.toFixed(2)} ms`;

// A template of the same shape as the letter: sender, recipient, date, subject, six paragraphs.
const body = 'Je souhaiterais vous rencontrer pour mieux comprendre ce qui est prévu et voir comment les habitants peuvent y contribuer, en particulier sur l’alimentation, la santé et les risques majeurs de la commune. '.repeat(2);
const template = await Packer.toBuffer(
  new Document({
    sections: [
      {
        children: [
          ...['{expediteur}', '{adresse}', '{appellation}', '{mairie}', '{rue}', '{ville}', '{lieu_date}'].map((t) => new Paragraph({ children: [new TextRun(t)] })),
          new Paragraph({ children: [new TextRun({ text: 'Objet : {objet}', bold: true })] }),
          ...Array.from({ length: 6 }, () => new Paragraph({ children: [new TextRun(`{appellation}, ${body}`)] })),
        ],
      },
    ],
  }),
);
const data = (i) => ({
  expediteur: 'Alex Martin', adresse: '12 rue des Lilas 35610 Sains', appellation: 'Madame la Maire', mairie: `Mairie de Sains ${i}`,
  rue: '1 PLACE DE LA MAIRIE', ville: '35610 SAINS', lieu_date: 'Sains, le 23 novembre 2026', objet: 'Demande de rendez-vous',
});
function fill(i) {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  doc.render(data(i));
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
for (let i = 0; i < 20; i++) fill(i);
let start = performance.now();
for (let i = 0; i < N; i++) fill(i);
const peer = (performance.now() - start) / N;

const { exampleDocument } = await import('./example-letter.js');
const { loadWriter } = await import('../dist/writers/index.js');
const writer = await loadWriter('docx');
for (let i = 0; i < 20; i++) await writer.write(exampleDocument(), {});
start = performance.now();
for (let i = 0; i < N; i++) await writer.write(exampleDocument(), {});
const kitEach = (performance.now() - start) / N;
console.log(`\nDOCX, pair : docxtemplater remplit un modèle équivalent en ${ms(peer)} ; kit (modèle → AST → docx, polices incorporées) ${ms(kitEach)} : ${(kitEach / peer).toFixed(2)} ×`);
