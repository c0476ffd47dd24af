import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/**
 * SVG → PNG at build time with resvg (WebAssembly: no native binary, no browser), using the DejaVu
 * Sans font shipped as an npm package, so every machine draws the same image.
 */
const require = createRequire(import.meta.url);
let ready: Promise<void> | undefined;
let fonts: Uint8Array[] = [];

/** `zoom` 2 gives a sharp image for slides and high-density screens. */
export async function svgToPng(svg: string, zoom = 1): Promise<Uint8Array> {
	ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))).then(() => {
		const dir = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf').replace(/DejaVuSans\.ttf$/, '');
		fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => new Uint8Array(readFileSync(dir + f)));
	});
	await ready;
	const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: zoom }, font: { fontBuffers: fonts, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } });
	return resvg.render().asPng();
}
