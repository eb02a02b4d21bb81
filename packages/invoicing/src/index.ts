// Public API of @o2c/invoicing: filled in by its issue.
export {};
