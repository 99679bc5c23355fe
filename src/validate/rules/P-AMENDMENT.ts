import { provisionRule } from '../provision.js';

export default provisionRule({
  id: 'P-AMENDMENT',
  summary: '本ガイドラインの変更の条が、当社が変更できること及び変更の周知の方法を定めること',
  articles: ['amendment'],
  requires: [
    { what: '変更できる旨', re: /(変更|改定|改正).{0,10}(することができる|できる|する)/ },
    { what: '周知の方法', re: /周知|公表|掲載|通知|告知/ },
  ],
  restore:
    '当社は、必要があると認めるときは、本ガイドラインを変更することができる。／当社は、本ガイドラインを変更するときは、変更後の内容及びその施行日を、当社ウェブサイトへの掲載により周知するものとする。',
});
