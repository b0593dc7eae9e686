require('esbuild').buildSync({entryPoints:['server/src/core/docx/export.ts'],bundle:true,platform:'node',outfile:'/tmp/dx/export.js',format:'cjs',logLevel:'error',minify:true});
require('esbuild').buildSync({entryPoints:['server/src/core/docx/import.ts'],bundle:true,platform:'node',outfile:'/tmp/dx/import.js',format:'cjs',logLevel:'error',minify:true});
const {exportDocx}=require('/tmp/dx/export.js');const {importDocx}=require('/tmp/dx/import.js');
const fs=require('fs');
(async()=>{
const t=fs.readFileSync('seeds/002_f30a71d086892b2f.txt','utf8');
let s=Date.now();const b=await exportDocx(t);console.log('export ms',Date.now()-s,b.length);
fs.writeFileSync('/tmp/dx/002.docx',b);
s=Date.now();const r=importDocx(b);console.log('import ms',Date.now()-s);
const norm=x=>x.replace(/\s+/g,'');console.log(norm(r.text)===norm(t));
console.log(r.text.slice(0,300));
})();
