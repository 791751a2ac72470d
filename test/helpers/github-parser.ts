// GitHub's own parser (@actions/workflow-parser, the one behind the Actions language service):
// what it reports is what makes a run fail at "Set up job" or a workflow fail to load.
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';

export interface ParseProblem {
  file: string;
  message: string;
}

/** Every error GitHub's action parser reports for one action.yml (empty when it loads). */
export function actionErrors(name: string, content: string): ParseProblem[] {
  const result = parseAction({ name, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => ({ file: name, message: e.message }));
}

/** Every error GitHub's workflow parser and converter report for one workflow file. */
export async function workflowErrors(name: string, content: string): Promise<ParseProblem[]> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const problems = result.context.errors.getErrors().map((e) => e.message);
  if (result.value) {
    const template = await convertWorkflowTemplate(result.context, result.value);
    for (const e of template.errors ?? []) {
      if (!problems.includes(e.Message)) problems.push(e.Message);
    }
  }
  return problems.map((message) => ({ file: name, message }));
}
