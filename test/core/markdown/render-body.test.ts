import { describe, expect, it } from 'vitest';
import { isSafeUrl, renderBody } from '../../../src/core/markdown/render-body.ts';

describe('renderBody', () => {
  it('renders Markdown guidance, GFM tables included', () => {
    const html = renderBody('**Lưu ý:** mang theo *bản chính*.\n\n| Giấy tờ | Số bản |\n| --- | --- |\n| Tờ khai | 1 |\n');
    expect(html).toContain('<strong>Lưu ý:</strong>');
    expect(html).toContain('<em>bản chính</em>');
    expect(html).toContain('<td>Tờ khai</td>');
  });

  it('removes raw HTML: scripts, event handlers and iframes never reach the page', () => {
    const html = renderBody(
      'Trước\n\n<script>alert("x")</script>\n\nGiữa <img src=x onerror="alert(1)"> và <b onclick="alert(2)">đậm</b>\n\n<iframe src="https://evil.example"></iframe>\n',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|<iframe|<img|<b[ >]/i);
    expect(html).toContain('Trước');
    expect(html).toContain('đậm');
  });

  it('keeps the text of links to unsafe schemes but not the link', () => {
    const html = renderBody('[bấm vào đây](javascript:alert(1)) và [cổng](https://dichvucong.gov.vn)');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('bấm vào đây');
    expect(html).toContain('<a href="https://dichvucong.gov.vn">cổng</a>');
  });

  it('turns images into their alt text, so a body cannot load third-party files', () => {
    const html = renderBody('![Mẫu tờ khai](https://example.org/a.png)');
    expect(html).toBe('<p>Mẫu tờ khai</p>');
  });

  it('puts the highest heading of the body at the requested level', () => {
    expect(renderBody('# Câu hỏi\n\n## Một\n')).toBe('<h3>Câu hỏi</h3>\n<h4>Một</h4>');
    expect(renderBody('## Câu hỏi\n', { topHeading: 2 })).toBe('<h2>Câu hỏi</h2>');
  });

  it('gives nothing for a blank body', () => {
    expect(renderBody('  \n')).toBe('');
  });
});

describe('isSafeUrl', () => {
  it('accepts web, mail, phone and relative addresses', () => {
    for (const url of ['https://a.vn', 'http://a.vn', 'mailto:a@b.vn', 'tel:1022', '/thu-tuc/', '#muc', 'a/b.html']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('rejects script and data schemes, however they are disguised', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:x', 'java\tscript:x', ' javascript:x', 'data:text/html,x', 'vbscript:x']) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });
});
