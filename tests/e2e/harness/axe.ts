import AxeBuilder from '@axe-core/playwright';
import type { Frame } from '@playwright/test';

type Injecting = {
  inject(frames: Frame[], shouldThrow?: boolean): Promise<void>;
  script(): string;
  axeConfigure(): Promise<string>;
};

/**
 * axe for a page and its frames. @axe-core/playwright (4.14.0) gives each frame 1 s to take
 * axe's source and, past that, leaves the frame out of the results without a word: on a
 * loaded machine the composer's frame was dropped that way, and its texts were never
 * judged. This builder injects the same way with no limit of its own (the test's timeout
 * still bounds it), so a frame is judged or the run fails.
 */
export class PatientAxeBuilder extends AxeBuilder {
  constructor(options: ConstructorParameters<typeof AxeBuilder>[0]) {
    super(options);
    const builder = this as unknown as Injecting;
    builder.inject = async (frames, shouldThrow) => {
      for (const frame of frames) {
        try {
          await frame.evaluate(builder.script());
          await frame.evaluate(await builder.axeConfigure());
        } catch (error) {
          if (shouldThrow) throw error;
        }
      }
    };
  }
}
