import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** YAML read with its line numbers, so every problem can say on which line of the file it is. */
export interface YamlFile {
	data: unknown;
	/** The file line of the value at `path` (or of its key, or of the nearest parent that exists). */
	lineOf: (path: readonly PropertyKey[], key?: boolean) => number | undefined;
}

/** `firstLine`: the file line where the YAML starts (2 for a data block under its opening ---). */
export function readYaml(text: string, firstLine = 1): YamlFile | { problem: string; line?: number | undefined } {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
	const fileLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
	const error = doc.errors[0];
	if (error) return { problem: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), line: fileLine(error.pos[0]) };
	return {
		data: doc.toJS() ?? {},
		lineOf(path, key = false) {
			let node: Node | null | undefined = doc.contents as Node | null;
			let line = node?.range ? fileLine(node.range[0]) : firstLine;
			for (const [i, step] of path.entries()) {
				const last = i === path.length - 1;
				if (isMap(node)) {
					const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
					if (!pair) break;
					const keyNode = pair.key as Node;
					if (keyNode.range) line = fileLine(keyNode.range[0]);
					if (last && key) break;
					node = pair.value as Node | null;
				} else if (isSeq(node) && typeof step === 'number') node = node.items[step] as Node | undefined;
				else break;
				if (node?.range && !(last && key)) line = fileLine(node.range[0]);
			}
			return line;
		},
	};
}
