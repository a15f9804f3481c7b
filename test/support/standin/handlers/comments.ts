// Issue and pull request comments: list, create, get, update, delete.
import { notFound, pageResult, validationFailed, type Handler, type HandlerContext } from '../http.js';
import type { CommentRecord } from '../records.js';
import { commentJson } from '../render/issues.js';
import { created, intParam, ok, oldestFirst, requireIssue } from './common.js';

export const MAX_COMMENT_CHARACTERS = 65536;

interface CommentInput {
  body: string;
}

function checkedBody(context: HandlerContext): string {
  const { body } = context.body as CommentInput;
  if (body.length > MAX_COMMENT_CHARACTERS) {
    throw validationFailed(
      'IssueComment',
      'data',
      'unprocessable',
      `Body is too long (maximum is ${MAX_COMMENT_CHARACTERS} characters)`,
    );
  }
  return body;
}

function requireComment(context: HandlerContext): CommentRecord {
  const comment = context.state.comments.find((c) => c.id === intParam(context, 'comment_id'));
  if (!comment) throw notFound();
  return comment;
}

const listComments: Handler = (context) => {
  const issue = requireIssue(context);
  const since = context.query.get('since');
  const comments = context.state
    .commentsOn(issue.number)
    .filter((comment) => since === null || Date.parse(comment.updatedAt) >= Date.parse(since));
  return pageResult(oldestFirst(comments), context, (comment) => commentJson(comment, context.state, context.urls));
};

const createComment: Handler = (context) => {
  const { state } = context;
  const issue = requireIssue(context);
  const body = checkedBody(context);
  const now = state.now();
  const comment: CommentRecord = {
    id: state.nextId('comment'),
    issueNumber: issue.number,
    body,
    author: state.actor,
    createdAt: now,
    updatedAt: now,
  };
  state.comments.push(comment);
  return created(commentJson(comment, state, context.urls));
};

const getComment: Handler = (context) => ok(commentJson(requireComment(context), context.state, context.urls));

const updateComment: Handler = (context) => {
  const comment = requireComment(context);
  comment.body = checkedBody(context);
  comment.updatedAt = context.state.now();
  return ok(commentJson(comment, context.state, context.urls));
};

const deleteComment: Handler = (context) => {
  const comment = requireComment(context);
  context.state.comments.splice(context.state.comments.indexOf(comment), 1);
  return { status: 204 };
};

export const commentHandlers: Record<string, Handler> = {
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
  'issues/get-comment': getComment,
  'issues/update-comment': updateComment,
  'issues/delete-comment': deleteComment,
};
