export const EXIT = { done: 0, invalidInput: 1, usage: 2, noLetterDue: 3 } as const;
