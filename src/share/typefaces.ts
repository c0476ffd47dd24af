/**
 * The typefaces of the images drawn at build time (share cards, chart PNG/SVG), the page's voice:
 * Archivo Bold for titles and figures (the file the page loads, see png.ts), DejaVu Sans for running
 * text and for any character Archivo's Latin subset lacks (resvg then draws that whole line in DejaVu).
 * The file's own family name is "Archivo SemiBold" (a named instance); other SVG viewers may know "Archivo".
 */
export const displayFamily = "'Archivo SemiBold', Archivo, 'DejaVu Sans', Verdana, Arial, sans-serif";
export const textFamily = "'DejaVu Sans', Verdana, Arial, sans-serif";
