/** A batch that cannot start or continue as asked (wrong input, wrong folder): the CLI's exit 2, with the message. */
export class BatchUsageError extends Error {}
