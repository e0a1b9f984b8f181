// One engine's run of every journey: one driver, one main session (a second only where an
// engine setting must differ), one copy of dist/ served on loopback ports of its own.
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/server.mjs';
import { openSession, startDriver } from './drivers.mjs';
import { Screen } from './screen.mjs';
import * as journeys from './journeys.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const hostDir = fileURLToPath(new URL('./host/', import.meta.url));
const fixtures = fileURLToPath(new URL('../e2e/fixtures/', import.meta.url));
const PREFIX = '/quiz/';
// Phone-sized: the narrowest the engine's window allows (MiniBrowser stops at about 450).
const WINDOW = { width: 375, height: 900 };

/**
 * Defines the suite for `engine`. `ports`: { driver, secondDriver, quiz, host, offline }, all loopback.
 * `blockedStorage`: session options under which the engine itself refuses storage.
 * `sameSiteShared`: whether a same-site frame shares the directly opened quiz's record.
 * `frameTaps`: how to tap inside a cross-origin frame, 'pointer' or 'click' (see screen.mjs).
 */
export function engineSuite(engine, { ports, blockedStorage, sameSiteShared, frameTaps }) {
  describe(engine, { concurrency: 1 }, () => {
    const ctx = { engine, ports, blockedStorageOptions: blockedStorage };
    let driverServer;
    let quiz;
    let host;
    before(async () => {
      quiz = await serve({ root: dist, prefix: PREFIX, port: ports.quiz, mounts: [{ prefix: `${PREFIX}fixtures/`, root: fixtures }] });
      host = await serve({ root: hostDir, prefix: '/', port: ports.host });
      driverServer = await startDriver(engine, ports.driver);
      ctx.driver = await openSession(engine, driverServer.url);
      await ctx.driver.manage().window().setRect(WINDOW);
      ctx.screen = new Screen(ctx.driver, { frameTaps });
      ctx.quizUrl = quiz.url;
      ctx.hostUrl = host.url;
      // Another site: localhost is not 127.0.0.1, so the quiz's frame is third-party there.
      ctx.crossSiteHostUrl = `http://localhost:${ports.host}/`;
      ctx.serveQuiz = (port) => serve({ root: dist, prefix: PREFIX, port });
      // Both drivers hold one session at a time: a second session needs a driver of its own.
      ctx.withSession = async (options, run) => {
        const second = await startDriver(engine, ports.secondDriver);
        let driver;
        try {
          driver = await openSession(engine, second.url, options);
          await driver.manage().window().setRect(WINDOW);
          await run({ driver, screen: new Screen(driver, { frameTaps }) });
        } finally {
          await driver?.quit().catch(() => {});
          await second.stop();
        }
      };
    });
    after(async () => {
      await ctx.driver?.quit().catch(() => {});
      await driverServer?.stop();
      await quiz?.close();
      await host?.close();
    });

    test('a full run through every question type scores what the verdicts said', () => journeys.fullRun(ctx));
    test('an attempt resumes after navigating away; the best score survives a reload', () => journeys.resumeAndBest(ctx));
    test('offline: after one visit, a whole run with the server stopped', () => journeys.offline(ctx));
    test('embedded cross-site: the frame fits each screen, the host gets ready and attempt-completed', () => journeys.embedded(ctx));
    test('storage blocked by the engine: the notice shows and a run completes', () => journeys.blockedStorage(ctx));
    test('keyboard only: Tab, Space, Enter and arrows finish a run', () => journeys.keyboardOnly(ctx));
    test('Spanish with lang=es, an exam whose clock counts down', () => journeys.spanishExam(ctx));
    test('German with lang=de over the English bank: the strings file, each part in its language', () => journeys.germanPractice(ctx));
    test('pictures: loaded at their size, full size by tap, closed by Escape, a picture choice picked by a tap', () => journeys.pictures(ctx));
    test('what an embedded quiz keeps, same-site and cross-site, as docs/EMBEDDING.md says', () => journeys.keptWhenEmbedded(ctx, { sameSiteShared }));
  });
}
