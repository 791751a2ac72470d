/** `[{key, value}]` tags, as MLflow, Unity Catalog and serving carry them. */
import { invalid } from './errors';
import { optList, optString, reqString, type Args } from './request-args';

export interface Tag {
  key: string;
  value: string;
}

/** `[{key, value}]` from a request, validated. */
export function tagList(a: Args, key = 'tags'): Tag[] {
  const list = optList(a, key) ?? [];
  return list.map((t) => {
    if (!t || typeof t !== 'object')
      throw invalid(`Invalid value for parameter '${key}': expected [{key, value}].`);
    const o = t as Args;
    return { key: reqString(o, 'key'), value: optString(o, 'value') ?? '' };
  });
}

/** Sets or replaces a tag in place (tags are unique by key). */
export function putTag(tags: Tag[], tag: Tag): void {
  const i = tags.findIndex((t) => t.key === tag.key);
  if (i >= 0) tags[i] = tag;
  else tags.push(tag);
}
