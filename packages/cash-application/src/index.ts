// Public API of @o2c/cash-application: filled in by its issue.
export {};
