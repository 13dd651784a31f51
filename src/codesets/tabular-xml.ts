// Streaming loader of the official ICD-10-CM Tabular List XML (icd10cm_tabular_YYYY.xml, root ICD10CM.tabular).
import { malformedXml, xmlStream } from './xml-stream';
import { NOTE_KINDS, type NoteKind, type Tabular, type TabularNode } from './types';

const NOTE_CONTAINERS = new Set<string>(NOTE_KINDS);

export interface TabularParser {
  write(chunk: string): void;
  end(): Tabular;
}

interface State {
  version: string;
  nodes: TabularNode[];
  /** indices of the open chapter / section / diag nodes */
  open: number[];
  /** element names, to know what a <note>, <name> or <desc> belongs to */
  elements: string[];
  sevenChrNote?: string;
  sawRoot: boolean;
}

function current(state: State): TabularNode | undefined {
  const i = state.open.at(-1);
  return i === undefined ? undefined : state.nodes[i];
}

function openNode(state: State, level: TabularNode['level'], id: string): void {
  const parent = state.open.at(-1) ?? -1;
  state.nodes.push({ level, id, title: '', notes: {}, parent });
  state.open.push(state.nodes.length - 1);
}

function onNote(state: State, text: string): void {
  const container = state.elements.at(-2);
  const owner = state.elements.at(-3);
  const node = current(state);
  if (!node || !container || (owner !== 'diag' && owner !== 'chapter' && owner !== 'section')) return;
  if (container === 'sevenChrNote') {
    state.sevenChrNote = text;
    if (node.sevenChrDef) node.sevenChrDef.note = text;
  } else if (NOTE_CONTAINERS.has(container)) {
    const kind = container as NoteKind;
    (node.notes[kind] ??= []).push(text);
  }
}

export function createTabularParser(file: string): TabularParser {
  const state: State = { version: '', nodes: [], open: [], elements: [], sawRoot: false };
  const stream = xmlStream(file, {
    open(name, attributes) {
      state.elements.push(name);
      if (state.elements.length === 1) {
        if (name !== 'ICD10CM.tabular') throw malformedXml(file, stream.line(), `expected root <ICD10CM.tabular>, found <${name}>`);
        state.sawRoot = true;
      }
      if (name === 'chapter') openNode(state, 'chapter', '');
      else if (name === 'section') openNode(state, 'section', attributes.id ?? '');
      else if (name === 'diag') openNode(state, 'diag', '');
      else if (name === 'sevenChrDef') {
        const node = current(state);
        if (node) node.sevenChrDef = { extensions: {}, ...(state.sevenChrNote ? { note: state.sevenChrNote } : {}) };
      } else if (name === 'extension') {
        state.elements[state.elements.length - 1] = `extension:${attributes.char ?? ''}`;
      }
    },
    close(name, text) {
      const parentElement = state.elements.at(-2);
      const node = current(state);
      if (name === 'version' && parentElement === 'ICD10CM.tabular') state.version = text;
      else if (name === 'name' && node && (parentElement === 'diag' || parentElement === 'chapter')) {
        node.id = parentElement === 'diag' ? text.toUpperCase().replace('.', '') : text;
      } else if (name === 'desc' && node && parentElement === node.level) node.title = text;
      else if (name === 'note') onNote(state, text);
      else if (name === 'extension' && node?.sevenChrDef) {
        const char = state.elements.at(-1)!.slice('extension:'.length);
        node.sevenChrDef.extensions[char] = text;
      }
      if (name === 'chapter' || name === 'section' || name === 'diag') {
        if (name === 'diag' && !node?.id) throw malformedXml(file, stream.line(), '<diag> without a <name>: expected <name>CODE</name>');
        state.open.pop();
        if (name === 'diag') state.sevenChrNote = undefined;
      }
      if (name === 'sevenChrDef') state.sevenChrNote = undefined;
      state.elements.pop();
    },
  });
  return {
    write: (chunk) => stream.write(chunk),
    end() {
      stream.end();
      if (!state.sawRoot) throw malformedXml(file, stream.line(), 'empty file: expected <ICD10CM.tabular>');
      if (!state.version) throw malformedXml(file, stream.line(), 'no <version> under <ICD10CM.tabular>');
      return { version: state.version, nodes: state.nodes };
    },
  };
}

/** Parses a whole document held in memory (tests, fixtures). */
export function parseTabularXml(xml: string, file = 'tabular.xml'): Tabular {
  const parser = createTabularParser(file);
  parser.write(xml);
  return parser.end();
}
