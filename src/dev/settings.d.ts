/** What the site's code knows of the dev preview it runs in (src/dev/index.ts). */
declare module 'virtual:metropolis/dev' {
	/** Under `npm run edit`: the site beside the visual editor, whose pages link to it. */
	export const editor: boolean;
	/** The message that reloads the site's pages under `npm run edit` (src/dev/editor-reload.ts). */
	export const reloadEvent: string;
}
