import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { OPENAPI } from '../api/openapi.js';

// The contract check of the API tests: a body against the documented schema of its path, method and status.

const DOC_ID = 'https://isnad.invalid/openapi.json';
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ ...OPENAPI, $id: DOC_ID });

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** The validation errors (none when the body conforms). */
export function conforms(path: string, method: string, status: number, body: unknown): string[] {
  const ref = `${DOC_ID}#/${pointer('paths', path, method, 'responses', String(status), 'content', 'application/json', 'schema')}`;
  const validate = ajv.compile({ $ref: ref });
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
