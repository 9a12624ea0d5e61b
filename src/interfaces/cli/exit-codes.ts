export const EXIT = { done: 0, invalidInput: 1, usage: 2, noLetterDue: 3, interrupted: 130, terminated: 143 } as const;
