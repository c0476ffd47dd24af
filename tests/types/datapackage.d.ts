/** The parts of npm `datapackage` (Frictionless Data's reference JavaScript library, untyped) the tests use. */
declare module 'datapackage' {
	export class Package {
		static load(descriptor: string): Promise<Package>;
		readonly valid: boolean;
		readonly errors: Error[];
		readonly resources: Resource[];
	}
	export class Resource {
		readonly name: string;
		read(options: { keyed?: boolean; cast?: boolean }): Promise<unknown[]>;
	}
}
