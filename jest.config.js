// ESM + ts-jest, as actions/typescript-action does. Run with
// NODE_OPTIONS=--experimental-vm-modules (the npm scripts set it).
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.all.json' }],
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  globalSetup: './__tests__/support/global-setup.ts',
  testTimeout: 60000,
  verbose: true,
  reporters: ['default', '<rootDir>/__tests__/support/summary-reporter.cjs'],
};
