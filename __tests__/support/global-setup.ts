import { node24Path } from '../../scripts/node24.js';

/** The bundles ship for Node 24, so tests run them under Node 24 (NODE24). */
export default function globalSetup(): void {
  process.env.NODE24 = node24Path();
}
