#!/usr/bin/env node
// The o2c command line: a thin launcher for the built CLI, so installing the package never needs a build.
import "../dist/cli.js";
