/** The components MDX content may use without importing them (content files must not import). */
import Meaning from './Meaning.astro';
import Fix from './Fix.astro';
import Notes from './Notes.astro';
import CodeLink from './CodeLink.astro';
import ConceptLink from './ConceptLink.astro';
import HandlerDiagram from './HandlerDiagram.astro';
import Family from './Family.astro';

export const mdxComponents = { Meaning, Fix, Notes, CodeLink, ConceptLink, HandlerDiagram, Family };
