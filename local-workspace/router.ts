import type { Handler, Router } from './types';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface PatternRoute {
  method: Method;
  pattern: RegExp;
  handler: Handler;
}

export interface RouteMatch {
  handler: Handler;
  params: Record<string, string>;
}

/** Exact paths are looked up in a map (most routes); RegExp routes are tried in registration order. */
export class LocalRouter implements Router {
  private readonly exact = new Map<string, Handler>();
  private readonly patterns: PatternRoute[] = [];

  add(method: Method, path: string | RegExp, handler: Handler): void {
    if (typeof path === 'string') {
      const key = `${method} ${path}`;
      if (this.exact.has(key)) throw new Error(`Route registered twice: ${key}`);
      this.exact.set(key, handler);
    } else {
      this.patterns.push({ method, pattern: path, handler });
    }
  }

  /** `undefined` when no route has this method and path. */
  match(method: string, path: string): RouteMatch | undefined {
    const handler = this.exact.get(`${method} ${path}`);
    if (handler) return { handler, params: {} };
    for (const route of this.patterns) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (m && m[0] === path) return { handler: route.handler, params: { ...(m.groups ?? {}) } };
    }
    return undefined;
  }
}
