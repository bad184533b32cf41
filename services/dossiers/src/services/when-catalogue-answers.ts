import { AppError } from '@motcua/platform';

/** The procedures subgraph starts alongside this one: seeds retry a read (up to a minute) while it does not answer. */
export async function whenCatalogueAnswers<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (err) {
      if (attempt >= 120 || !(err instanceof AppError) || err.code !== 'UNAVAILABLE') throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
