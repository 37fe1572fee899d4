import './leaflet-global.js';
import L from 'leaflet';
import 'leaflet.markercluster';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Point } from './api.js';
import { colourOf, PRECISION_LABEL } from './state.js';

/**
 * The incident map: Natural Earth countries (world-atlas, served by casus) as the only base
 * layer, so it works offline. Precision is drawn honestly: a filled dot is the place itself,
 * a hollow ring is near a named place, a dashed area is a region or country, never a pin.
 */
export class IncidentMap {
  private readonly map: L.Map;
  private readonly cluster: L.MarkerClusterGroup;
  private readonly areas = L.layerGroup();
  private fitted = false;

  constructor(
    el: HTMLElement,
    private readonly onOpen: (id: string) => void,
  ) {
    this.map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 13, zoomSnap: 0.5, keyboard: true });
    this.map.attributionControl.setPrefix(false).addAttribution('Borders: Natural Earth');
    this.map.setView([25, 30], 2);
    // Borders below everything else, whenever they arrive.
    const base = this.map.createPane('base');
    base.style.zIndex = '150';
    this.cluster = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 40,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: (c) => {
        const n = c.getChildCount();
        const size = n < 10 ? 28 : n < 100 ? 34 : 42;
        const div = document.createElement('div');
        div.textContent = String(n);
        return L.divIcon({ html: div, className: 'cluster', iconSize: [size, size] });
      },
    });
    this.areas.addTo(this.map);
    this.cluster.addTo(this.map);
    this.legend().addTo(this.map);
  }

  async loadBase(): Promise<void> {
    const topo = (await (await fetch('/countries.json')).json()) as Topology<{
      countries: GeometryCollection;
    }>;
    const countries = feature(topo, topo.objects.countries);
    L.geoJSON(countries, {
      pane: 'base',
      interactive: false,
      style: { color: '#a9b2bd', weight: 0.6, fillColor: '#f3f1ec', fillOpacity: 1 },
    }).addTo(this.map);
  }

  show(points: readonly Point[]): void {
    this.cluster.clearLayers();
    this.areas.clearLayers();
    const markers: L.Layer[] = [];
    for (const p of points) {
      const colour = colourOf(p.plover);
      const title = `${p.date ?? 'undated'} · ${p.plover} · ${p.acled}${p.fatalities ? ` · ${p.fatalities} killed` : ''} · ${PRECISION_LABEL[p.precision] ?? ''}`;
      if (p.precision >= 3) {
        // An area, not a point: a dashed circle of roughly province size, no centre dot.
        const area = L.circle([p.lat, p.lon], {
          radius: 80_000,
          color: colour,
          weight: 1.5,
          dashArray: '4 4',
          fillOpacity: 0.06,
          className: `incident area p3 t-${p.plover}`,
        });
        area.bindTooltip(title);
        area.on('click', () => this.onOpen(p.id));
        this.areas.addLayer(area);
        continue;
      }
      const radius = 5 + Math.min(14, 2.2 * Math.sqrt(p.fatalities ?? 0)) + Math.min(4, p.claims - 1);
      const m = L.circleMarker([p.lat, p.lon], {
        radius,
        color: colour,
        weight: p.precision === 1 ? 1 : 2.5,
        fillColor: colour,
        fillOpacity: p.precision === 1 ? 0.8 : 0.08,
        className: `incident p${p.precision} t-${p.plover}${p.disputed ? ' disputed' : ''}`,
      });
      m.bindTooltip(title);
      m.on('click', () => this.onOpen(p.id));
      m.on('keypress', () => this.onOpen(p.id));
      markers.push(m);
    }
    this.cluster.addLayers(markers);
    if (!this.fitted && points.length) {
      this.fitted = true;
      const b = L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number]));
      this.map.fitBounds(b.pad(0.2), { maxZoom: 5, animate: false });
    }
  }

  invalidate(): void {
    this.map.invalidateSize();
  }

  private legend(): L.Control {
    const c = new L.Control({ position: 'bottomleft' });
    c.onAdd = () => {
      const div = L.DomUtil.create('div', 'legend');
      const row = (cls: string, text: string) => {
        const r = document.createElement('div');
        const sw = document.createElement('span');
        sw.className = `sw ${cls}`;
        r.append(sw, document.createTextNode(text));
        div.append(r);
      };
      row('sw-p1', 'place itself');
      row('sw-p2', 'near a named place');
      row('sw-p3', 'region / country');
      return div;
    };
    return c;
  }
}
