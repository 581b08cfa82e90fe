// A small LSP client for tests/schema/editor.sh: starts SERVER --stdio,
// opens FILE, asks for completions at the [line, character] positions
// given (0-based) and prints them, then the diagnostics the server
// publishes for the file.  node lsp-client.js SERVER FILE '[[6,2]]'
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const server = process.argv[2];
const file = path.resolve(process.argv[3]);
const positions = JSON.parse(process.argv[4] || '[]');
const text = fs.readFileSync(file, 'utf8');
const srv = spawn(server, ['--stdio']);
let buf = Buffer.alloc(0), id = 0; const pending = {};
function send(msg) { const s = JSON.stringify(Object.assign({ jsonrpc: '2.0' }, msg)); srv.stdin.write(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`); }
function request(method, params) { return new Promise(r => { const i = ++id; pending[i] = r; send({ id: i, method, params }); }); }
let diags = null;
srv.stdout.on('data', d => {
  buf = Buffer.concat([buf, d]);
  for (;;) {
    const h = buf.indexOf('\r\n\r\n'); if (h < 0) return;
    const len = parseInt(/Content-Length: (\d+)/.exec(buf.slice(0, h).toString())[1]);
    if (buf.length < h + 4 + len) return;
    const msg = JSON.parse(buf.slice(h + 4, h + 4 + len).toString()); buf = buf.slice(h + 4 + len);
    if (msg.id && pending[msg.id] && !msg.method) { pending[msg.id](msg.result); delete pending[msg.id]; }
    else if (msg.method === 'textDocument/publishDiagnostics') diags = msg.params.diagnostics;
    else if (msg.id && msg.method) send({ id: msg.id, result: msg.method === 'workspace/configuration' ? [{ validate: true, completion: true, hover: true, schemaStore: { enable: false } }] : null });
  }
});
(async () => {
  const uri = 'file://' + file;
  await request('initialize', { processId: process.pid, rootUri: 'file://' + path.dirname(file), capabilities: { textDocument: { completion: { completionItem: { snippetSupport: false } } }, workspace: { configuration: true } } });
  send({ method: 'initialized', params: {} });
  send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } } } } });
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
  for (const [line, ch] of positions) {
    const r = await request('textDocument/completion', { textDocument: { uri }, position: { line, character: ch } });
    const items = (r && (r.items || r)) || [];
    console.log(`completion ${line}:${ch}: ` + items.map(i => i.label).sort().join(' '));
  }
  for (let i = 0; i < 50 && diags === null; i++) await new Promise(r => setTimeout(r, 100));
  await new Promise(r => setTimeout(r, 1500));
  for (const d of diags || []) console.log(`diagnostic ${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message.replace(/\n/g, ' ')}`);
  srv.kill(); process.exit(0);
})();
