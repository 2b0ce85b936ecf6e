/** Domain errors: services throw these, one mapper turns them into tRPC codes. */
export class DomainError extends Error {}

/** A row that does not exist or belongs to someone else: the two are indistinguishable. */
export class NotFound extends DomainError {
  constructor(readonly entity: string) {
    super(`${entity} not found`);
    this.name = "NotFound";
  }
}

export class Conflict extends DomainError {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "Conflict";
  }
}

/** Input that passed the schema but breaks a rule; `field` says where. */
export class Invalid extends DomainError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "Invalid";
  }
}

export class Unauthenticated extends DomainError {
  constructor(message = "sign in to continue") {
    super(message);
    this.name = "Unauthenticated";
  }
}

/** A limit was reached; the response carries Retry-After with these seconds. */
export class TooManyRequests extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    message = `too many attempts, try again in ${retryAfterSeconds} s`,
  ) {
    super(message);
    this.name = "TooManyRequests";
  }
}
