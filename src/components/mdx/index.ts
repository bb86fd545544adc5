/**
 * The components MDX content may use without importing them (content files must not import), and
 * the Markdown elements rendered through components: headings with their permalinks, tables in a
 * region that scrolls sideways.
 */
import Meaning from './Meaning.astro';
import Fix from './Fix.astro';
import Notes from './Notes.astro';
import CodeLink from './CodeLink.astro';
import ConceptLink from './ConceptLink.astro';
import HandlerDiagram from './HandlerDiagram.astro';
import Family from './Family.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Table from './Table.astro';

export const mdxComponents = { Meaning, Fix, Notes, CodeLink, ConceptLink, HandlerDiagram, Family, h2: H2, h3: H3, table: Table };
