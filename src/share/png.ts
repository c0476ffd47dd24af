import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { decompress } from 'wawoff2';
// DejaVu Sans 2.37 (src/share/fonts/LICENSE), in the build's own code: no path to find at build time.
import dejavuBold from './fonts/DejaVuSans-Bold.ttf?inline';
import dejavu from './fonts/DejaVuSans.ttf?inline';

/**
 * SVG → PNG at build time with resvg (WebAssembly: no native binary, no browser), with fonts shipped with
 * the project, so every machine draws the same image (typefaces.ts): DejaVu Sans (its two files kept in
 * src/share/fonts/), and Archivo Bold from the very WOFF2 file the page loads, unpacked to TrueType
 * because resvg reads no WOFF2.
 */
const require = createRequire(import.meta.url);
let ready: Promise<Uint8Array[]> | undefined;

async function load(): Promise<Uint8Array[]> {
	await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
	const archivo = readFileSync(require.resolve('@fontsource/archivo/files/archivo-latin-700-normal.woff2'));
	const fromDataUrl = (url: string) => new Uint8Array(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
	return [fromDataUrl(dejavu), fromDataUrl(dejavuBold), new Uint8Array(await decompress(archivo))];
}

async function render(svg: string, zoom: number) {
	const fonts = await (ready ??= load());
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: zoom },
		font: { fontBuffers: fonts, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
	});
	return resvg.render();
}

/** `zoom` 2 gives a sharp image for slides and high-density screens. */
export const svgToPng = async (svg: string, zoom = 1): Promise<Uint8Array> => (await render(svg, zoom)).asPng();

/** The image's pixels (RGBA, row by row), as the PNG has them: for tests that measure what is drawn. */
export async function svgPixels(svg: string): Promise<{ width: number; height: number; pixels: Uint8Array }> {
	const image = await render(svg, 1);
	return { width: image.width, height: image.height, pixels: image.pixels };
}
