/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The report being rendered, for the report components of the MDX page. */
		report?: import('./components/report/context').ReportContext;
	}
}
