import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReports } from '../../src/content/read';

/**
 * Content ↔ source: every figure of the 2021 content matches the Spanish infographic text it was
 * typed from (kept beside it as source.es.txt), and every number of that text is on the site.
 */
const root = new URL('../..', import.meta.url).pathname;
const source = readFileSync(`${root}content/reports/2021/source.es.txt`, 'utf8');
const report = readReports(root).reports.find((r) => r.year === 2021)!;

/** Figure id → the words of the source it comes from; the number in them is the expected value. */
const fromSource: Record<string, string> = {
	'staff.professionals': '17  Profesionales',
	'staff.interns': '7  Estudiantes en prácticas',
	'funding.membershipPartnerships.share': '59%  **Partenariados con la membresía**',
	'funding.membershipPartnerships.agreements': '3 acuerdos firmados con miembros',
	'funding.alliances.share': '6% **Alianzas con otras entidades**',
	'funding.alliances.agreements': '5 acuerdos firmados con alianzas',
	'funding.membershipFees.share': '33% **Cuotas de la membresía**',
	'funding.other.share': '2% **Otras**',
	'alliances.active': '30 ALIANZAS ACTIVAS',
	'alliances.byType.collaborating': '5 \n\nColaboradoras',
	'alliances.byType.benefactorMembers': '3 \n\nMiembros benefactores',
	'alliances.byType.knowledge': '8 \n\nConocimiento',
	'alliances.byType.strategic': '5 \n\nEstratégicas',
	'alliances.byType.sponsor': '2 \n\nPatrocinadora',
	'statutoryMeetings.boardMeetings': '1\n\nReunión de la Junta Directiva online',
	'statutoryMeetings.vicePresidenciesEdition': '1^a\n\n \nReunión de vicepresidencias online',
	'statutoryMeetings.coPresidenciesEdition': '1^a\n\nReunión de co-presidencias online',
	'impact.participants': '+2.4K \n\nParticipantes',
	'impact.followers': '+36.4K \n\nSeguidores',
	'impact.newMembers': '3 \n\nMiembros nuevos',
	'impact.womenGovernedMetropolises': '16,8%\n\nde nuestras metrópolis',
	'knowledge.learningStationProducts': '**21 productos generadores de conocimiento**',
	'knowledge.usePractices': '**423 prácticas urbanas**',
	'knowledge.useAuthorities': '**540 autoridades municipales registradas**',
	'knowledge.observatories': '**13 observatorios globales**',
	'knowledge.benchmarkingSpaces': '**70 espacios metropolitanos**',
	'knowledge.benchmarkingMembers': '**81 miembros** operan',
	'knowledge.globalHealthInitiatives': '**700 iniciativas**',
	'knowledge.globalHealthCities': '**105 ciudades**',
	'knowledge.publications': '**24 nuevas publicaciones**',
	'knowledge.publicationsGender': '**21** de las cuales',
	'knowledge.egiCities': '**17 ciudades**',
	'knowledge.pilotMembers': '**13 miembros** involucrados',
	'knowledge.pilotProjects': '**4 proyectos piloto**',
	'knowledge.learningMembers': '**76 miembros** han participado',
	'knowledge.learningActivities': '**64 actividades de aprendizaje**',
	'knowledge.specialists': '**+169 especialistas**',
	'voice.drawings': '**+1.2K dibujos**',
	'voice.drawingCities': '**+30 ciudades**',
	'voice.declarations': '**4 declaraciones políticas**',
	'voice.declarationsGender': '**3** de ellas',
	'voice.globalEvents': '**24 eventos globales**',
	'voice.campaigns': '**4 campañas globales**',
	'voice.congressEdition': '**1r congreso online**',
	'voice.congressParticipants': '**+100 líderes metropolitanos**',
	'voice.congressSessions': '**22 sesiones**',
	'genderParity.split1.women': '50%\nMujeres\n\n50%\nHombres',
	'genderParity.split1.men': 'Mujeres\n\n50%\nHombres',
	'genderParity.split2.women': '52%\nMujeres',
	'genderParity.split2.men': '48%\nHombres',
};

/** The first number of a source snippet, as the content should hold it ("+2.4K" → 2400, "16,8%" → 16.8). */
function numberIn(snippet: string): { value: number; moreThan: boolean } {
	const m = /(\+)?(\d+(?:[.,]\d+)?)(K)?/.exec(snippet)!;
	const value = Number(m[2]!.replace(',', '.')) * (m[3] ? 1000 : 1);
	return { value: Math.round(value * 10) / 10, moreThan: Boolean(m[1]) };
}

describe('2021 content matches its source text', () => {
	it('is the seed given to the project (when shared/ is beside the repo)', () => {
		const seed = `${root}../shared/seed/000_d78d331e24f3d23c.txt`;
		if (existsSync(seed)) expect(source).toBe(readFileSync(seed, 'utf8'));
		expect(source).toContain('Escucha activa para transformar nuestros espacios metropolitanos');
	});

	it('has every typed figure mapped to the source, and nothing else', () => {
		const typed = Object.keys(report.figures).filter((id) => !report.figures[id]!.derived);
		expect(typed.sort()).toEqual(Object.keys(fromSource).sort());
		// Every one of them is on the page in every language (cited, or a row of a chart placed there).
		for (const page of Object.values(report.pages)) {
			const shown = new Set([
				...report.headline,
				...page.cited,
				...page.charts.flatMap((c) => report.charts.find((d) => d.id === c.id)!.figures),
			]);
			expect(
				typed.filter((id) => !shown.has(id)),
				page.file,
			).toEqual([]);
		}
	});

	it('opens with the source’s own impact block as its headline figures, under its title', () => {
		const block = source.slice(source.indexOf('NUESTRO IMPACTO'), source.indexOf('NUESTRO IMPACTO') + 400);
		expect(report.headline).toEqual(['impact.participants', 'impact.followers', 'impact.newMembers', 'impact.womenGovernedMetropolises']);
		for (const id of report.headline) expect(block).toContain(fromSource[id]!.split('\n')[0]!.trim());
		expect(report.pages.es.hero.headline?.toUpperCase()).toBe('NUESTRO IMPACTO');
	});

	for (const [id, snippet] of Object.entries(fromSource)) {
		it(`${id} = the source's "${snippet.split('\n')[0]}"`, () => {
			expect(source).toContain(snippet);
			const { value, moreThan } = numberIn(snippet);
			const figure = report.figures[id]!;
			expect(figure.value).toBe(value);
			expect(figure.qualifier === 'moreThan').toBe(moreThan);
		});
	}

	it('marks the funding split approximate, as the source does ("*aproximadamente")', () => {
		expect(source).toContain('**aproximadamente*');
		for (const id of Object.keys(report.figures).filter((i) => /^funding\.\w+\.share$/.test(i)))
			expect(report.figures[id]!.qualifier).toBe('approximately');
	});

	it('leaves no number of the source off the site', () => {
		// Every number token of the source, minus the plan years (part of the plan's name, kept as text).
		const tokens = [...source.matchAll(/\+?\d+(?:[.,]\d+)?K?%?/g)].map((m) => m[0]).filter((t) => !['2021', '2023'].includes(t));
		const covered = Object.values(fromSource).flatMap((s) => [...s.matchAll(/\+?\d+(?:[.,]\d+)?K?%?/g)].map((m) => m[0]));
		const missing = tokens.filter((t) => !covered.includes(t));
		expect(missing).toEqual([]);
		expect(tokens.length).toBeGreaterThanOrEqual(50);
	});

	it('computes the alliance gap the source leaves open (23 of 30)', () => {
		expect(report.figures['alliances.typesTotal']!.value).toBe(23);
		expect(report.figures['alliances.unclassified']!.value).toBe(7);
	});
});
