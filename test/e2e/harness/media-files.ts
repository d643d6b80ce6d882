/** Moved to tools/ (the demo and the benchmarks use them too). */
export * from '../../../tools/media-files';
