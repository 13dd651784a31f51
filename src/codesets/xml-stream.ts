// A small streaming layer over saxes: element open/close with a text buffer and the line number,
// so each loader is a state machine over events and never holds the whole document.
import { SaxesParser } from 'saxes';
import { AppError } from '../errors/index';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  /** text is the character data directly inside the element (trimmed, whitespace collapsed) */
  close(name: string, text: string): void;
}

export interface XmlStream {
  write(chunk: string): void;
  /** Ends the document: throws when it is truncated (unclosed elements). */
  end(): void;
  line(): number;
}

export function malformedXml(file: string, line: number, message: string): AppError {
  return new AppError('input', 'codesets.malformed_xml', `${file}:${line}: ${message}`, { file, line });
}

/** Streams an XML document into handlers; errors carry file and line. */
export function xmlStream(file: string, handlers: XmlHandlers): XmlStream {
  const parser = new SaxesParser({ position: true });
  const text: string[] = [];
  const stack: string[] = [];
  let failure: AppError | undefined;
  parser.on('error', (e) => {
    failure ??= malformedXml(file, parser.line, e.message.replace(/^.*?:\d+:\d+: /, ''));
  });
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    text.push('');
    handlers.open(tag.name, tag.attributes as Record<string, string>);
  });
  parser.on('text', (t) => {
    const last = text.length - 1;
    if (last >= 0) text[last] = `${text[last] ?? ''}${t}`;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    const own = text.pop() ?? '';
    handlers.close(tag.name, own.replace(/\s+/g, ' ').trim());
  });
  const check = () => {
    if (failure) throw failure;
  };
  return {
    write(chunk) {
      parser.write(chunk);
      check();
    },
    end() {
      if (stack.length > 0 && !failure) {
        failure = malformedXml(file, parser.line, `file ends inside <${stack.at(-1)}>: expected </${stack.at(-1)}> (truncated file?)`);
      }
      check();
      parser.close();
      check();
    },
    line: () => parser.line,
  };
}
