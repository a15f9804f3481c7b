// Finds the operation of GitHub's description that a method and path belong to, as GitHub's router would.
import {
  pointerTo,
  type GitHubSpec,
  type HttpMethod,
  type OperationObject,
  type ParameterObject,
  type RefObject,
  type RequestBodyObject,
  type ResponseObject,
  type SchemaObject,
} from './spec.js';

export interface ParameterInfo {
  name: string;
  in: ParameterObject['in'];
  required: boolean;
  schema: SchemaObject;
  schemaPointer: string;
}

export interface OperationInfo {
  method: HttpMethod;
  template: string;
  operationId: string;
  parameters: ParameterInfo[];
  body?: { required: boolean; schema: SchemaObject; schemaPointer: string };
  /** Documented status codes; the value is the JSON body schema's pointer, or undefined for no body. */
  responses: Map<string, string | undefined>;
}

export type RouteMatch =
  { ok: true; operation: OperationInfo; pathParams: Record<string, string> } | { ok: false; problem: string };

interface Template {
  template: string;
  segments: SegmentMatcher[];
  /** 1 per literal segment, to prefer `/issues/comments` over `/issues/{issue_number}`. */
  specificity: number[];
}

type SegmentMatcher = (segment: string, into: Record<string, string>) => boolean;

export class RouteTable {
  private readonly bySegmentCount = new Map<number, Template[]>();
  private readonly operations = new Map<string, OperationInfo>();

  constructor(private readonly spec: GitHubSpec) {
    for (const template of Object.keys(spec.document.paths)) {
      const compiled = compileTemplate(template);
      const list = this.bySegmentCount.get(compiled.segments.length) ?? [];
      list.push(compiled);
      this.bySegmentCount.set(compiled.segments.length, list);
    }
  }

  match(methodName: string, pathname: string): RouteMatch {
    const method = methodName.toLowerCase() as HttpMethod;
    const segments = pathname.split('/').slice(1);
    const candidates: Array<{ template: Template; params: Record<string, string> }> = [];
    for (const template of this.bySegmentCount.get(segments.length) ?? []) {
      const params = matchSegments(template, segments);
      if (params) candidates.push({ template, params });
    }
    if (candidates.length === 0) return { ok: false, problem: "no path in GitHub's OpenAPI description matches" };
    const withMethod = candidates.filter((c) => this.spec.document.paths[c.template.template]?.[method]);
    if (withMethod.length === 0) {
      const known = candidates.map((c) => c.template.template).join(', ');
      return { ok: false, problem: `${method.toUpperCase()} is not an operation of ${known}` };
    }
    const best = withMethod.reduce((a, b) => (compareSpecificity(b.template, a.template) > 0 ? b : a));
    return { ok: true, operation: this.operation(method, best.template.template), pathParams: best.params };
  }

  /** Operation details are worked out on first use and kept, per method and path template. */
  operation(method: HttpMethod, template: string): OperationInfo {
    const key = `${method} ${template}`;
    let info = this.operations.get(key);
    if (!info) {
      info = describeOperation(this.spec, method, template);
      this.operations.set(key, info);
    }
    return info;
  }
}

function compileTemplate(template: string): Template {
  const parts = template.split('/').slice(1);
  return {
    template,
    segments: parts.map(compileSegment),
    specificity: parts.map((part) => (part.includes('{') ? 0 : 1)),
  };
}

function compileSegment(part: string): SegmentMatcher {
  if (!part.includes('{')) return (segment) => segment === part;
  const names: string[] = [];
  const source = part
    .split(/(\{[^}]+\})/)
    .map((piece) => {
      const name = /^\{([^}]+)\}$/.exec(piece)?.[1];
      if (name === undefined) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '(.+?)';
    })
    .join('');
  const pattern = new RegExp(`^${source}$`);
  return (segment, into) => {
    const found = pattern.exec(segment);
    if (!found) return false;
    names.forEach((name, index) => (into[name] = found[index + 1] ?? ''));
    return true;
  };
}

function matchSegments(template: Template, segments: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const [index, matcher] of template.segments.entries()) {
    const raw = segments[index] ?? '';
    if (raw === '') return undefined;
    if (!matcher(safeDecode(raw), params)) return undefined;
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function compareSpecificity(a: Template, b: Template): number {
  for (const [index, weight] of a.specificity.entries()) {
    const difference = weight - (b.specificity[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function describeOperation(spec: GitHubSpec, method: HttpMethod, template: string): OperationInfo {
  const pathItem = spec.document.paths[template];
  const operation = pathItem?.[method] as OperationObject;
  const operationPointer = pointerTo('paths', template, method);
  const parameters = [
    ...(pathItem?.parameters ?? []).map((p, i) =>
      describeParameter(spec, p, `${pointerTo('paths', template)}/parameters/${i}`),
    ),
    ...(operation.parameters ?? []).map((p, i) => describeParameter(spec, p, `${operationPointer}/parameters/${i}`)),
  ];
  return {
    method,
    template,
    operationId: operation.operationId,
    parameters,
    body: describeBody(spec, operation.requestBody, `${operationPointer}/requestBody`),
    responses: describeResponses(spec, operation.responses, `${operationPointer}/responses`),
  };
}

function describeParameter(spec: GitHubSpec, raw: ParameterObject | RefObject, pointer: string): ParameterInfo {
  const { value, pointer: at } = spec.resolve<ParameterObject>(raw, pointer);
  return {
    name: value.name,
    in: value.in,
    required: value.required === true,
    schema: value.schema ?? {},
    schemaPointer: `${at}/schema`,
  };
}

function describeBody(spec: GitHubSpec, raw: OperationObject['requestBody'], pointer: string): OperationInfo['body'] {
  if (!raw) return undefined;
  const { value, pointer: at } = spec.resolve<RequestBodyObject>(raw, pointer);
  const schema = value.content?.['application/json']?.schema;
  if (!schema) return undefined;
  return { required: value.required === true, schema, schemaPointer: `${at}/content/application~1json/schema` };
}

function describeResponses(
  spec: GitHubSpec,
  raw: OperationObject['responses'],
  pointer: string,
): Map<string, string | undefined> {
  const responses = new Map<string, string | undefined>();
  for (const [status, response] of Object.entries(raw)) {
    const { value, pointer: at } = spec.resolve<ResponseObject>(response, `${pointer}/${status}`);
    const hasJson = value.content?.['application/json']?.schema !== undefined;
    responses.set(status, hasJson ? `${at}/content/application~1json/schema` : undefined);
  }
  return responses;
}
