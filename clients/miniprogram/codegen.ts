import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The trusted documents, typed. The API knows each document by the SHA-256 of its file's exact text (the manifest
 * of graphql/trusted-documents/), not of the text codegen prints, so each generated document carries the hash
 * of the file its operation is named after, and nothing else is sent.
 */
const DOCUMENTS = '../../graphql/trusted-documents/miniprogram';

const hashes = new Map(
  readdirSync(DOCUMENTS)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => [
      file.replace(/\.graphql$/, ''),
      createHash('sha256').update(readFileSync(`${DOCUMENTS}/${file}`)).digest('hex'),
    ]),
);

function hashOfFile(printed: string): string {
  const name = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(printed)?.[1];
  const hash = name && hashes.get(name);
  if (!hash) {
    throw new Error(`no trusted document is named after the operation ${name}: one operation per file, named like it`);
  }
  return hash;
}

const config: CodegenConfig = {
  schema: '../../graphql/*.graphqls',
  documents: `${DOCUMENTS}/*.graphql`,
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'replaceDocumentWithHash', hashAlgorithm: hashOfFile },
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          ID: { input: 'string', output: 'string' },
          Date: { input: 'string', output: 'string' },
          DateTime: { input: 'string', output: 'string' },
          // exact to the fen as a decimal string: never a JavaScript number
          Yuan: { input: 'Yuan', output: 'Yuan' },
        },
        // the generated types import Yuan from the client's own scalars
      },
      plugins: [{ add: { content: "import type { Yuan } from '../scalars';" } }],
    },
  },
};

export default config;
