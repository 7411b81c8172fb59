// Every error answer of the service in the fragment's ContractViolation shape: issues with a
// path, a rule and a message. Nothing here echoes request content: a parser's own message can
// quote the body (V8's JSON errors do), and the body may hold a sensitive field.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ContractViolationError } from './contract.js';
import { violationFromAjv } from './fastify-ajv.js';

/** Why Fastify could not read a request, in words a client can act on, by Fastify error code. */
function readingProblem(error: FastifyError, bodyLimit: number): ContractViolationError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      // Fastify's parser also refuses `__proto__` and `constructor.prototype` keys: they are
      // how prototype pollution travels, and no job has such a property.
      return ContractViolationError.unreadable(
        'the body is not valid JSON, or holds a __proto__ or constructor.prototype key, which is refused',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return ContractViolationError.unreadable('the body is empty: send the job as JSON');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      // Fastify's own status is 415; the fragment declares 400 for a body that cannot be used.
      return ContractViolationError.unreadable('send the body as JSON, with Content-Type: application/json');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return ContractViolationError.unreadable('the body is not as long as its Content-Length says');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      // 413, not 400: the body was not read, so nothing is known about its content.
      return ContractViolationError.unreadable(`the body is larger than ${bodyLimit} bytes`, 413);
    default:
      return undefined;
  }
}

/** The service's error handler: 4xx answers in the ContractViolation shape, a bare 500 otherwise. */
export function errorHandler(bodyLimit: number) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    // `validation` is set only in the benchmark's comparison variant, where Fastify's AJV
    // reports the body's errors.
    const known =
      error instanceof ContractViolationError
        ? error
        : Array.isArray(error.validation)
          ? new ContractViolationError(violationFromAjv(error.validation))
          : readingProblem(error, bodyLimit);
    if (known !== undefined) {
      // Issues never carry the value of a sensitive field, so they are safe to log.
      request.log.info({ issues: known.violation.issues.slice(0, 5) }, 'request refused');
      reply.code(known.statusCode).send(known.violation);
      return;
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Another client error Fastify detected (a malformed URL…): same shape, its status.
      request.log.info({ code: error.code }, 'request refused');
      reply
        .code(status)
        .send(ContractViolationError.unreadable(`the request could not be read (${error.code})`).violation);
      return;
    }
    request.log.error({ err: error }, 'request failed');
    reply.code(500).send({ message: 'Internal Server Error' });
  };
}
