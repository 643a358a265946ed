// Reads the paint timing of the page shown by a running Chromium through its DevTools
// protocol, and prints it in absolute time, so a caller can subtract its own exec time.
// Usage: node --experimental-websocket --no-warnings paint-timing.mjs [--gpu] USER_DATA_DIR [TIMEOUT_SECS]
// Chromium must have been started with --remote-debugging-port=0 and
// --user-data-dir=USER_DATA_DIR: it then writes the port it chose to DevToolsActivePort there.
// Prints one line: fcp_epoch_ms=<n> fp_epoch_ms=<n> time_origin_ms=<n> fcp_ms=<n>
// (epoch milliseconds; fcp_ms is relative to the page's time origin). Exits 1 on time-out.
// With --gpu it prints instead the GPU and GL renderer the browser uses: gpu: <text>
import { readFile } from 'node:fs/promises';

const args = process.argv.slice(2);
const gpu = args[0] === '--gpu';
const [dataDir, timeoutArg] = gpu ? args.slice(1) : args;
if (!dataDir) {
    console.error('usage: paint-timing.mjs [--gpu] USER_DATA_DIR [TIMEOUT_SECS]');
    process.exit(2);
}
const deadline = Date.now() + 1000 * Number(timeoutArg ?? 20);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function devtoolsPort() {
    for (;;) {
        try {
            const [port] = (await readFile(`${dataDir}/DevToolsActivePort`, 'utf8')).split('\n');
            if (port) return port;
        } catch {
            // Not written yet.
        }
        if (Date.now() > deadline) throw new Error('no DevToolsActivePort');
        await sleep(100);
    }
}

async function pageTarget(port) {
    for (;;) {
        try {
            const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
            const page = targets.find((t) => t.type === 'page' && t.url.startsWith('file:'));
            if (page) return page;
        } catch {
            // DevTools not answering yet.
        }
        if (Date.now() > deadline) throw new Error('no page target');
        await sleep(100);
    }
}

let lastId = 0;
function send(ws, method, params) {
    const id = ++lastId;
    return new Promise((resolve, reject) => {
        const onMessage = (event) => {
            const message = JSON.parse(event.data);
            if (message.id !== id) return;
            ws.removeEventListener('message', onMessage);
            if (message.error) reject(new Error(JSON.stringify(message.error)));
            else resolve(message.result);
        };
        ws.addEventListener('message', onMessage);
        ws.send(JSON.stringify({ id, method, params }));
    });
}

async function connect(url) {
    const ws = new WebSocket(url);
    await new Promise((resolve, reject) => {
        ws.addEventListener('open', resolve, { once: true });
        ws.addEventListener('error', () => reject(new Error('websocket error')), { once: true });
    });
    return ws;
}

const expression = `JSON.stringify({
    timeOrigin: performance.timeOrigin,
    paint: Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime])),
})`;

const port = await devtoolsPort();
if (gpu) {
    // SystemInfo is a domain of the browser target, not of a page.
    const version = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
    const ws = await connect(version.webSocketDebuggerUrl);
    const info = await send(ws, 'SystemInfo.getInfo', {});
    const device = info.gpu.devices.map((d) => `${d.vendorString} ${d.deviceString}`.trim()).join(', ');
    const aux = info.gpu.auxAttributes ?? {};
    const status = info.gpu.featureStatus ?? {};
    console.log(
        `gpu: ${aux.glRenderer ?? device}; compositing ${status.gpu_compositing ?? '?'}, ` +
            `rasterization ${status.rasterization ?? '?'}`,
    );
    ws.close();
    process.exit(0);
}
const page = await pageTarget(port);
const ws = await connect(page.webSocketDebuggerUrl);
for (;;) {
    const { result } = await send(ws, 'Runtime.evaluate', { expression, returnByValue: true });
    const timing = JSON.parse(result.value);
    const fcp = timing.paint['first-contentful-paint'];
    if (fcp !== undefined) {
        const fp = timing.paint['first-paint'] ?? fcp;
        console.log(
            `fcp_epoch_ms=${(timing.timeOrigin + fcp).toFixed(1)} fp_epoch_ms=${(timing.timeOrigin + fp).toFixed(1)} ` +
                `time_origin_ms=${timing.timeOrigin.toFixed(1)} fcp_ms=${fcp.toFixed(1)}`,
        );
        break;
    }
    if (Date.now() > deadline) {
        console.error('no first-contentful-paint entry');
        process.exit(1);
    }
    await sleep(100);
}
ws.close();
process.exit(0);
