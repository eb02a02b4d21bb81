// Public API of @o2c/orders: filled in by its issue.
export {};
