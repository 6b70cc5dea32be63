/**
 * Localisation: the message catalogue (resolution, fallbacks, placeholders, plurals), and every
 * element showing its UI in the language that applies to it — its own `lang`, a wrapping
 * element's, the page's — and following when that changes.
 */
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { messageLanguage, messagesReady, msg, registerMessages } from '../../src/core/i18n.js';
import type { Messages } from '../../src/index.js';
import { enCore } from '../../src/core/messages/en.js';
import { zhCore } from '../../src/core/messages/zh-Hans.js';
import { enCard } from '../../src/elements/researcher-card/messages/en.js';
import { zhCard } from '../../src/elements/researcher-card/messages/zh-Hans.js';
import { enBadge } from '../../src/elements/trust-badge/messages/en.js';
import { zhBadge } from '../../src/elements/trust-badge/messages/zh-Hans.js';
import { enEvidence } from '../../src/elements/trust-badge/messages/evidence-en.js';
import { zhEvidence } from '../../src/elements/trust-badge/messages/evidence-zh-Hans.js';
import { enList } from '../../src/elements/publication-list/messages/en.js';
import { zhList } from '../../src/elements/publication-list/messages/zh-Hans.js';
import { enGraph } from '../../src/elements/collab-graph/messages/en.js';
import { zhGraph } from '../../src/elements/collab-graph/messages/zh-Hans.js';
import { enGroup } from '../../src/elements/research-group/messages/en.js';
import { zhGroup } from '../../src/elements/research-group/messages/zh-Hans.js';
import { ResearcherCard } from '../../src/elements/researcher-card/researcher-card.js';
import { TrustBadge } from '../../src/elements/trust-badge/trust-badge.js';
import { PublicationList } from '../../src/elements/publication-list/publication-list.js';
import { CollabGraph } from '../../src/elements/collab-graph/collab-graph.js';
import type { ProfileInput } from '../../src/data/schema.js';
import { referenceProfile } from '../helpers/profiles.js';

ResearcherCard.define();
TrustBadge.define();
PublicationList.define();
CollabGraph.define();

/** Every element's strings, merged (each element keeps its own in src/elements/<tag>/messages/). */
const en: Messages = { ...enCore, ...enCard, ...enBadge, ...enEvidence, ...enList, ...enGraph, ...enGroup };
const zhHans: Messages = { ...zhCore, ...zhCard, ...zhBadge, ...zhEvidence, ...zhList, ...zhGraph, ...zhGroup };

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const all = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

/** Seven works, so the publication list shows its controls. */
function many(): ProfileInput {
  const base = referenceProfile();
  const works = ['article', 'preprint', 'article', 'dataset', 'article', 'preprint', 'article'].map((type, i) => ({
    id: `w${i}`,
    type,
    year: 2018 + i,
    title: `Work ${i}`,
    citations: i,
    authors: [{ name: 'Wuhui Chen', id: 'wuhui-chen' }],
  }));
  return { ...base, works };
}

describe('i18n', () => {
  describe('loading languages on demand', () => {
    it('Chinese strings load only when asked for: msg() is English until messagesReady() has run, then Chinese', async () => {
      // Nothing on this page has asked for Chinese yet (this is the first test).
      expect(msg('zh-CN', 'retry')).to.equal('Retry');
      expect(msg('zh-CN', 'publicationCount', { count: 2 })).to.equal('2 publications');
      expect(messagesReady('en'), 'English is always there').to.equal(undefined);
      const ready = messagesReady('zh-CN');
      expect(ready).to.be.an.instanceof(Promise);
      expect(messagesReady('zh-Hans'), 'one load per language').to.equal(ready);
      await ready;
      expect(msg('zh-CN', 'retry')).to.equal('重试');
      expect(msg('zh', 'publicationCount', { count: 2 })).to.equal('2 项成果');
      expect(messagesReady('zh-CN'), 'nothing left to load').to.equal(undefined);
    });
  });

  describe('msg()', () => {
    before(() => messagesReady('zh-Hans'));

    it('resolves zh, zh-CN, zh-Hans and zh-SG to Simplified Chinese, everything else it lacks to English', () => {
      for (const lang of ['zh', 'zh-CN', 'zh-Hans', 'zh-hans-CN', 'zh-SG']) {
        expect(messageLanguage(lang), lang).to.equal('zh-hans');
        expect(msg(lang, 'retry'), lang).to.equal('重试');
      }
      for (const lang of ['en', 'en-GB', 'fr', 'de-CH', 'zh-TW', 'zh-Hant', '', 'not a tag!!']) {
        expect(msg(lang, 'retry'), lang).to.equal('Retry');
      }
    });

    it('fills placeholders, formatting numbers for the language', () => {
      expect(msg('en', 'nOfMShown', { count: 3, total: 1200 })).to.equal('3 of 1,200 shown');
      expect(msg('de', 'nOfMShown', { count: 3, total: 1200 })).to.equal('3 of 1.200 shown');
      expect(msg('zh-CN', 'nOfMShown', { count: 3, total: 1200 })).to.equal('显示 3 / 1,200');
      expect(msg('en', 'graphTitleOf', { name: 'Mia Ek' })).to.equal('Collaboration graph of Mia Ek');
      expect(msg('zh', 'graphTitleOf', { name: 'Mia Ek' })).to.equal('Mia Ek的合作图谱');
      // A placeholder without a value stays visible rather than vanishing.
      expect(msg('en', 'graphTitleOf')).to.equal('Collaboration graph of {name}');
    });

    it('picks plural forms through Intl.PluralRules: "1 publication" / "2 publications", and one form in Chinese', () => {
      expect(msg('en', 'publicationCount', { count: 1 })).to.equal('1 publication');
      expect(msg('en', 'publicationCount', { count: 2 })).to.equal('2 publications');
      expect(msg('en', 'publicationCount', { count: 0 })).to.equal('0 publications');
      expect(msg('en', 'publicationCount', { count: 12345 })).to.equal('12,345 publications');
      expect(msg('zh-Hans', 'publicationCount', { count: 1 })).to.equal('1 项成果');
      expect(msg('zh-Hans', 'publicationCount', { count: 2 })).to.equal('2 项成果');
      expect(msg('en', 'countWorks', { count: 1 })).to.equal('work');
      expect(msg('en', 'countWorks', { count: 5 })).to.equal('works');
      expect(msg('zh', 'countWorks', { count: 5 })).to.equal('项成果');
    });

    it('has every English key in Simplified Chinese, with the same placeholders', () => {
      const placeholders = (m: unknown) => JSON.stringify(m).match(/\{\w+\}|#/g)?.sort().filter((v, i, a) => a.indexOf(v) === i) ?? [];
      for (const key of Object.keys(en) as (keyof Messages)[]) {
        expect(zhHans, key).to.have.property(key);
        expect(typeof zhHans[key], key).to.equal(typeof en[key]);
        expect(placeholders(zhHans[key]), key).to.deep.equal(placeholders(en[key]));
      }
      expect(Object.keys(zhHans).sort()).to.deep.equal(Object.keys(en).sort());
    });

    it('registerMessages adds a language at run time; keys it lacks fall back to English', async () => {
      const el = await fixture<TrustBadge>(html`<trust-badge lang="nl" score="50" level="2"></trust-badge>`);
      expect(text(part(el, 'claim-status'))).to.equal('Unclaimed');
      registerMessages('nl', { unclaimed: 'Niet geclaimd', publicationCount: { one: '# werk', other: '# werken' } });
      expect(() => registerMessages('', {})).to.throw(RangeError);
      expect(msg('nl', 'unclaimed')).to.equal('Niet geclaimd');
      expect(msg('nl-BE', 'unclaimed')).to.equal('Niet geclaimd');
      expect(msg('nl', 'publicationCount', { count: 2 })).to.equal('2 werken');
      expect(msg('nl', 'retry')).to.equal('Retry');
      // Elements already on the page follow.
      await el.updateComplete;
      expect(text(part(el, 'claim-status'))).to.equal('Niet geclaimd');
    });
  });

  describe('elements', () => {
    it('<researcher-card lang="zh-Hans"> shows Chinese labels: Follow, Claim, counts, collaboration', async () => {
      const el = await fixture<ResearcherCard>(html`<researcher-card lang="zh-Hans" .profile=${referenceProfile()}></researcher-card>`);
      await el.updateComplete;
      expect(text(part(el, 'follow-button'))).to.contain('关注');
      expect(text(part(el, 'claim-button'))).to.equal('认领此资料');
      expect(text(part(el, 'role'))).to.equal('研究者');
      expect(text(part(el, 'affiliation-missing'))).to.equal('尚未导入所属机构');
      expect(text(part(el, 'collaboration-heading'))).to.equal('直接合作');
      expect(all(el, '[part="count-label"]').map(text)).to.include('项成果');
      // The inner badge inherits the card's language through the shadow root.
      const badge = part(el, 'badge') as TrustBadge;
      await badge.updateComplete;
      expect(text(part(badge, 'claim-status'))).to.equal('未认领');
    });

    it('<trust-badge lang="zh-Hans"> shows Chinese chips, explanation and level names', async () => {
      const el = await fixture<TrustBadge>(html`<trust-badge lang="zh-Hans" score="11" level="1" label="Unverified"></trust-badge>`);
      expect(text(part(el, 'score'))).to.equal('信任度 11 · Unverified');
      expect(text(part(el, 'level'))).to.equal('验证等级 L1');
      expect(text(part(el, 'claim-status'))).to.equal('未认领');
      expect(part(el, 'toggle')!.title).to.equal('这些是什么意思？');
      const explanation = text(part(el, 'explanation'));
      expect(explanation).to.contain('验证等级 L1：记录已匹配。');
      expect(explanation).to.contain('（此资料）');
      expect(explanation).to.contain('机构已验证');
      await expect(el).to.be.accessible();
    });

    it('<publication-list lang="zh-Hans"> shows a Chinese header, controls and work actions', async () => {
      const el = await fixture<PublicationList>(html`<publication-list lang="zh-Hans" .profile=${many()}></publication-list>`);
      await el.loadComplete;
      await el.updateComplete;
      expect(text(part(el, 'heading'))).to.equal('发表成果');
      expect(text(part(el, 'count'))).to.equal('7 项成果');
      const labels = all(el, '.controls label').map(text);
      expect(labels).to.include.members(['搜索', '排序', '分组']);
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#search')!.placeholder).to.equal('标题、作者、发表刊物、摘要');
      expect(all(el, '#sort option').map(text)).to.deep.equal(['最新优先', '最早优先', '引用最多', '标题 A–Z']);
      expect(text(part(el, 'download-button'))).to.equal('下载 BibTeX');
      expect(text(part(el, 'cite-toggle'))).to.equal('引用');
      expect(all(el, '[part="work-type"]').map(text)).to.include.members(['期刊论文', '预印本', '数据集']);
      // A heading set by the page stays as written.
      el.heading = 'Selected works';
      await el.updateComplete;
      expect(text(part(el, 'heading'))).to.equal('Selected works');
    });

    it('<collab-graph lang="zh-Hans"> shows a Chinese legend, buttons and table', async () => {
      const el = await fixture<CollabGraph>(html`<collab-graph lang="zh-Hans" .profile=${referenceProfile()} .reducedMotion=${true}></collab-graph>`);
      await el.loadComplete;
      await el.updateComplete;
      expect(part(el, 'legend')!.getAttribute('aria-label')).to.equal('显示的类别');
      const legend = text(part(el, 'legend'));
      expect(legend).to.contain('研究者');
      expect(legend).to.contain('合著者');
      const buttons = all(el, '[part="actions"] button');
      expect(buttons.map(text)).to.include.members(['适应', '重置', '表格']);
      expect(buttons[0]!.getAttribute('aria-label')).to.equal('放大');
      buttons.find((b) => text(b) === '表格')!.click();
      await el.updateComplete;
      expect(all(el, 'thead th').map(text)).to.deep.equal(['节点', '类别', '连接数']);
      expect(text(el.shadowRoot!.querySelector('caption'))).to.contain('Wuhui Chen的合作图谱（表格）');
    });

    it('inherits lang from a wrapping element and the page, and follows when it changes', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="zh-CN"><researcher-card .profile=${referenceProfile()}></researcher-card></div>`);
      const card = wrapper.querySelector('researcher-card')!;
      await card.updateComplete;
      expect(text(part(card, 'claim-button'))).to.equal('认领此资料');
      const badge = part(card, 'badge') as TrustBadge;

      // A change on the wrapper: the card and the badge inside its shadow root switch back.
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => text(part(card, 'claim-button')) === 'Claim this profile', 'card follows the wrapper');
      await waitUntil(() => text(part(badge, 'claim-status')) === 'Unclaimed', 'badge follows the wrapper');

      // No lang on the way up: the page's applies.
      wrapper.removeAttribute('lang');
      const before = document.documentElement.getAttribute('lang');
      try {
        document.documentElement.setAttribute('lang', 'zh');
        await waitUntil(() => text(part(card, 'follow-button')).startsWith('关注'), 'card follows the page');
      } finally {
        if (before === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', before);
      }
      await waitUntil(() => text(part(card, 'follow-button')).startsWith('Follow'), 'card follows the page back');
    });

    it("follows a change of its own lang attribute, even inside another element's shadow root", async () => {
      const el = await fixture<TrustBadge>(html`<trust-badge score="20" level="0"></trust-badge>`);
      expect(text(part(el, 'claim-status'))).to.equal('Unclaimed');
      el.lang = 'zh-Hans';
      await waitUntil(() => text(part(el, 'claim-status')) === '未认领', 'switches to Chinese');
      el.removeAttribute('lang');
      await waitUntil(() => text(part(el, 'claim-status')) === 'Unclaimed', 'switches back to English');

      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('trust-badge');
      inner.setAttribute('score', '20');
      root.append(inner);
      document.body.append(host);
      try {
        await inner.updateComplete;
        expect(text(part(inner, 'claim-status'))).to.equal('Unclaimed');
        inner.setAttribute('lang', 'zh');
        await waitUntil(() => text(part(inner, 'claim-status')) === '未认领', 'shadow-DOM badge switches');
      } finally {
        host.remove();
      }
    });

    it("follows a lang set on a wrapper inside a page's own shadow root", async () => {
      // A page component (a shadow root of its own) wraps the element in <div lang>.
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      const wrapper = document.createElement('div');
      const badge = document.createElement('trust-badge') as TrustBadge;
      badge.setAttribute('score', '20');
      wrapper.append(badge);
      root.append(wrapper);
      document.body.append(host);
      try {
        await badge.updateComplete;
        expect(text(part(badge, 'claim-status'))).to.equal('Unclaimed');
        wrapper.setAttribute('lang', 'zh-Hans');
        await waitUntil(() => text(part(badge, 'claim-status')) === '未认领', 'follows the wrapper in the shadow root');
        wrapper.setAttribute('lang', 'en');
        await waitUntil(() => text(part(badge, 'claim-status')) === 'Unclaimed', 'and back');
        // Once it leaves, nothing watches that shadow root for it any more (no leak, no work).
        badge.remove();
        wrapper.setAttribute('lang', 'zh-Hans');
        await new Promise((r) => setTimeout(r, 50));
        expect(text(part(badge, 'claim-status'))).to.equal('Unclaimed');
      } finally {
        host.remove();
      }
    });
  });
});
