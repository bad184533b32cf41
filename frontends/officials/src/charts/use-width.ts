import { useEffect, useRef, useState } from 'react';

/**
 * The width of the chart's box in CSS pixels, followed as it changes: a chart drawn at its real width keeps its text
 * at the size of the page's text, instead of shrinking it with the drawing on a phone.
 */
export function useWidth<E extends HTMLElement>(fallback = 640) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(280, Math.round(element.getBoundingClientRect().width)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
